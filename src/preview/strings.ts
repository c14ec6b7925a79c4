/** UI text for the placeholder preview page (zh-CN). */
export const strings = {
  title: '绩效自评助手 · 预览',
  loading: '正在加载…',
} as const;
