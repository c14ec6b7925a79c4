/**
 * Traditional → Simplified Chinese for the vocabulary of performance self-evaluation tables.
 *
 * Published copies of the forms are sometimes converted to Traditional characters (績效指標,
 * 預算數, 執行率); labels and band words must still match. This is a one-character-to-one-character
 * table, not a full converter: it covers the characters of every label in the form specs plus a
 * few hundred common in budget, finance and public-service text. Each pair was checked against
 * OpenCC's TSCharacters table (Apache-2.0); characters that are also valid Simplified characters
 * (乾, 覆, 著, 藉, 瞭 …) are deliberately left out, except 於 and 徵, which do not occur as
 * themselves in these forms.
 *
 * The map is idempotent: no Simplified character is a key, so toSimplified(toSimplified(s)) ===
 * toSimplified(s).
 */

/** Pairs "繁简", grouped for reading. */
const PAIRS: readonly string[] = [
  '並并 佈布 併并 來来 係系 倉仓 個个 們们 備备 傢家 傳传 債债 傷伤 僅仅 僑侨 價价 儀仪 億亿 償偿 優优',
  '儲储 兌兑 兒儿 內内 兩两 冊册 別别 則则 創创 劃划 動动 務务 勞劳 勵励 匯汇 區区 協协 卹恤 參参 員员',
  '唸念 問问 啓启 啟启 單单 噸吨 噹当 嚮向 嚴严 囌苏 國国 園园 圖图 團团 垻坝 埰采 執执 報报 場场 塊块',
  '壓压 壩坝 夠够 奬奖 婦妇 學学 寀采 實实 寧宁 審审 寫写 將将 專专 對对 導导 屆届 層层 屬属 崗岗 嵗岁',
  '師师 帳帐 帶带 幣币 幫帮 幷并 幹干 幾几 庫库 廠厂 廣广 廳厅 張张 強强 彆别 彌弥 彔录 彙汇 後后 從从',
  '復复 徵征 徹彻 愛爱 態态 慣惯 慶庆 憑凭 應应 懞蒙 懲惩 戰战 戶户 採采 換换 損损 撥拨 撫抚 據据 擬拟',
  '擴扩 敎教 數数 斷断 於于 時时 暢畅 曏向 曬晒 書书 會会 朮术 東东 査查 條条 棟栋 楊杨 業业 榦干 構构',
  '樑梁 標标 樣样 橋桥 機机 檔档 檢检 檯台 欄栏 權权 歡欢 歲岁 歸归 殘残 殯殡 氣气 汙污 決决 況况 淨净',
  '減减 測测 準准 溝沟 溼湿 滙汇 滯滞 滿满 漁渔 潔洁 潛潜 澤泽 濕湿 濛蒙 濟济 瀏浏 瀰弥 灘滩 灣湾 災灾',
  '為为 無无 煉炼 煙烟 熱热 燈灯 燒烧 營营 爲为 牽牵 犧牺 猶犹 獎奖 獨独 獲获 獻献 現现 瑣琐 環环 產产',
  '産产 畢毕 畫画 異异 當当 療疗 發发 盞盏 監监 盤盘 眾众 睏困 矇蒙 確确 碼码 磚砖 礎础 禍祸 禦御 禮礼',
  '稅税 種种 稱称 積积 穩稳 窮穷 竊窃 競竞 筆笔 箇个 節节 範范 築筑 簡简 簽签 籌筹 籤签 糧粮 糰团 糾纠',
  '紀纪 約约 納纳 紙纸 級级 紛纷 紡纺 細细 終终 組组 結结 絕绝 絡络 給给 統统 絲丝 經经 綜综 綠绿 綫线',
  '維维 綱纲 網网 緊紧 緑绿 緒绪 線线 緣缘 編编 緩缓 練练 縣县 縮缩 縱纵 總总 績绩 織织 繪绘 繫系 繳缴',
  '繼继 續续 纜缆 罰罚 罷罢 羅罗 羣群 義义 習习 聞闻 聯联 聰聪 聲声 職职 聽听 肅肃 脫脱 腦脑 腫肿 膚肤',
  '臉脸 臟脏 臨临 臺台 與与 興兴 舉举 舊旧 舘馆 艱艰 荊荆 莊庄 華华 萊莱 萬万 葉叶 葯药 蓆席 蓋盖 蔘参',
  '蔣蒋 薦荐 藍蓝 藥药 蘇苏 蘭兰 處处 號号 虧亏 蟲虫 衆众 術术 衕同 衛卫 裏里 補补 裝装 裡里 製制 複复',
  '襲袭 覈核 見见 規规 覓觅 視视 親亲 覺觉 覽览 觀观 訂订 計计 訊讯 訓训 託托 記记 訝讶 訪访 設设 許许',
  '訴诉 診诊 註注 証证 詐诈 評评 詞词 詢询 話话 該该 詳详 誌志 認认 語语 誠诚 誡诫 誤误 誦诵 說说 説说',
  '課课 調调 談谈 請请 論论 諮咨 諾诺 謀谋 講讲 謝谢 謹谨 證证 識识 譟噪 譯译 議议 譴谴 護护 讀读 讓让',
  '負负 財财 貢贡 貧贫 貨货 販贩 貪贪 貫贯 責责 貯贮 貴贵 買买 貸贷 費费 貼贴 貿贸 賀贺 賄贿 資资 賈贾',
  '賊贼 賓宾 賜赐 賞赏 賠赔 賢贤 賤贱 賦赋 質质 賬账 賴赖 購购 贈赠 贊赞 趕赶 趙赵 趨趋 踰逾 躍跃 車车',
  '軌轨 軍军 軒轩 軟软 軸轴 較较 輔辅 輕轻 輛辆 輪轮 輯辑 輸输 轄辖 轉转 辦办 辭辞 辯辩 農农 迴回 這这',
  '連连 週周 進进 遊游 運运 過过 達达 違违 遙遥 遞递 遠远 適适 遲迟 遷迁 選选 遺遗 遼辽 邁迈 還还 邊边',
  '郵邮 鄉乡 鄰邻 醫医 釋释 針针 鈔钞 鈡钟 銀银 銷销 鋼钢 錄录 錢钱 錦锦 錯错 録录 錶表 鍵键 鍼针 鍾钟',
  '鎭镇 鎮镇 鏈链 鐘钟 鐵铁 鑑鉴 鑒鉴 長长 門门 閃闪 閉闭 開开 間间 閘闸 閣阁 閤合 閥阀 閩闽 閱阅 闊阔',
  '關关 闡阐 闢辟 陝陕 陣阵 陰阴 陳陈 陸陆 陽阳 隊队 際际 隨随 險险 隱隐 隻只 雖虽 雙双 雜杂 雞鸡 離离',
  '難难 雲云 電电 霧雾 靈灵 靜静 韆千 韓韩 韻韵 響响 頁页 頂顶 項项 順顺 須须 預预 頑顽 頒颁 頓顿 頗颇',
  '領领 頭头 頸颈 頹颓 頻频 顆颗 題题 額额 顏颜 顛颠 類类 顧顾 顫颤 顯显 風风 颱台 颳刮 飄飘 飛飞 飢饥',
  '飩饨 飪饪 飯饭 飲饮 飼饲 飽饱 飾饰 餃饺 餅饼 養养 餓饿 餘余 餞饯 館馆 饋馈 饑饥 饒饶 饞馋 馬马 馭驭',
  '馮冯 馱驮 馳驰 馴驯 駁驳 駐驻 駕驾 駛驶 駝驼 駭骇 騎骑 騙骗 騰腾 騷骚 驅驱 驕骄 驗验 驚惊 驛驿 驟骤',
  '髒脏 體体 髮发 鬚须 鬥斗 鬧闹 魚鱼 魯鲁 鮮鲜 鯨鲸 鳥鸟 鳴鸣 鴨鸭 鴻鸿 鵝鹅 鷹鹰 鹽盐 麗丽 麥麦 麪面',
  '麫面 麵面 麼么 黃黄 點点 黨党 黴霉 齊齐 齒齿 齡龄 齣出 龍龙 龐庞 龜龟 𡻕岁',
];

const T2S: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of PAIRS) {
    for (const pair of line.split(' ')) {
      if (pair.length === 2) map.set(pair[0], pair[1]);
    }
  }
  return map;
})();

/** The number of Traditional characters the table knows (for tests and diagnostics). */
export const TRADITIONAL_CHAR_COUNT = T2S.size;

/** The Traditional characters the table maps (for building pre-filters over raw text). */
export function traditionalChars(): string[] {
  return [...T2S.keys()];
}

/** The Simplified form of one Traditional character, or undefined when the table has none. */
export function simplifiedCharOf(ch: string): string | undefined {
  return T2S.get(ch);
}

/** Kangxi radicals, CJK radicals supplement and CJK compatibility ideographs (PDF copy-paste). */
const COMPAT_IDEOGRAPH = /[\u2E80-\u2FDF\uF900-\uFAFF]/g;
const HAN = /[\u3400-\u9FFF]/g;

/**
 * Per UTF-16 code unit, 1 for any character `toSimplified` would change: a compatibility
 * ideograph or a known Traditional one. Looking each character up in a table is about ten times
 * faster than testing a character class of several hundred characters.
 */
export const NEEDS_MAPPING: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(0x10000);
  table.fill(1, 0x2e80, 0x2fe0); // COMPAT_IDEOGRAPH
  table.fill(1, 0xf900, 0xfb00);
  for (const ch of T2S.keys()) table[ch.charCodeAt(0)] = 1;
  return table;
})();

/** Whether any character of `s` is marked in `table` (a per-code-unit table such as NEEDS_MAPPING). */
export function hasMarkedChar(s: string, table: Readonly<Uint8Array>): boolean {
  for (let i = 0; i < s.length; i++) if (table[s.charCodeAt(i)] !== 0) return true;
  return false;
}

/**
 * Maps Traditional characters to Simplified, character by character. Kangxi radicals (⽬ U+2F6C)
 * and compatibility ideographs, which PDF copies of the forms often contain, are first folded to
 * their unified ideographs (项⽬ → 项目). Everything else is returned unchanged.
 */
export function toSimplified(s: string): string {
  // Fast path: most cells hold no Traditional character at all; a table test is far cheaper than
  // a replace with a callback (measured: the engine's hottest function otherwise).
  if (!hasMarkedChar(s, NEEDS_MAPPING)) return s;
  return s
    .replace(COMPAT_IDEOGRAPH, (ch) => ch.normalize('NFKC'))
    .replace(HAN, (ch) => T2S.get(ch) ?? ch);
}
