import { ChangeEvent, DragEvent, memo, useCallback, useEffect, useRef, useState } from 'react';
import {
  Button,
  Caption1,
  FluentProvider,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  ToggleButton,
  webLightTheme,
} from '@fluentui/react-components';
import type { HostGateway } from '../app/hostGateway';
import { MemoryGateway, MemorySheet, MemoryWorkbook } from '../app/memoryGateway';
import type { GridData } from '../core/grid/cellGrid';
import type { UiLocale } from '../i18n/uiMessages';
import { App, PaneTheme } from '../taskpane/App';
import { GridView } from './GridView';
import { observeGateway } from './observeGateway';
import { previewMessagesFor, ReadErrorKey } from './previewMessages';
import { DEFAULT_PANE_WIDTH } from './previewParams';
import { usePreviewStyles } from './previewStyles';
import { ExampleName, fetchExample, uploadWorkbook, WorkbookLoadError } from './workbookSource';

/**
 * The browser preview: an honest banner, a workbook picker (the bundled examples, a file picker
 * and a drop zone), the active sheet rendered as Excel would show it, and the real task pane
 * (`App`) beside it, backed by a MemoryGateway over the same in-memory workbook.
 *
 * The gateway handed to the pane is wrapped so that every call that resolves (or fails) bumps a
 * version, which re-renders the grid: the pane's marks, writes, inserted sheets and selections
 * show up in the grid the way they would in Excel.
 */

/** Where a workbook came from: a bundled example or a file the person picked or dropped. */
export type WorkbookOrigin = { example: ExampleName } | { file: string };

/** What a workbook source gives: the sheets and where they came from. */
export interface WorkbookInput {
  grids: GridData[];
  origin: WorkbookOrigin;
}

interface Loaded {
  workbook: MemoryWorkbook;
  gateway: HostGateway;
  origin: WorkbookOrigin;
  /** New for every workbook loaded: remounts the pane so that its state starts afresh. */
  generation: number;
}

function workbookFrom(grids: GridData[]): MemoryWorkbook {
  const workbook = MemoryWorkbook.fromGrids(...grids);
  if (workbook.sheets.length === 0) workbook.addSheet(new MemorySheet('Sheet1'));
  return workbook;
}

export { initialLocale, initialPaneWidth, initialTheme } from './previewParams';

/** The real task pane, re-rendered only when its own props change (not on every grid update). */
const Pane = memo(App);

/** A load failure, shown in the chrome. */
export interface LoadFailure {
  code: ReadErrorKey;
  detail: string;
}

export function toLoadFailure(e: unknown): LoadFailure {
  return e instanceof WorkbookLoadError ? { code: e.code, detail: e.detail } : { code: 'unknown', detail: e instanceof Error ? e.message : String(e) };
}

/**
 * `initial` is the worked example, already fetched (index.tsx waits for it before the first
 * render, so that the first frame already holds the pane), or the failure to fetch it.
 */
export function PreviewApp({
  initial,
  initialLang,
  paneWidth = DEFAULT_PANE_WIDTH,
  initialPaneTheme = 'light',
}: {
  initial: WorkbookInput | LoadFailure;
  initialLang: UiLocale;
  paneWidth?: number;
  initialPaneTheme?: PaneTheme;
}) {
  const styles = usePreviewStyles();
  const [locale, setLocale] = useState<UiLocale>(initialLang);
  const [theme, setTheme] = useState<PaneTheme>(initialPaneTheme);
  const m = previewMessagesFor(locale);
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  const generation = useRef(0);

  const open = useCallback(
    (input: WorkbookInput): Loaded => {
      const workbook = workbookFrom(input.grids);
      const gateway = observeGateway(new MemoryGateway(workbook, { host: 'Preview' }), bump);
      generation.current += 1;
      return { workbook, gateway, origin: input.origin, generation: generation.current };
    },
    [bump],
  );
  const [loaded, setLoaded] = useState<Loaded | null>(() => ('grids' in initial ? open(initial) : null));
  const [error, setError] = useState<LoadFailure | null>(() => ('grids' in initial ? null : initial));
  const [loading, setLoading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = m.pageTitle;
  }, [locale, m]);

  /** The latest load asked for: an earlier one that answers later is dropped. */
  const latestLoad = useRef(0);
  const load = useCallback(
    async (source: () => Promise<WorkbookInput>) => {
      const token = ++latestLoad.current;
      setLoading(true);
      try {
        const input = await source();
        if (token !== latestLoad.current) return;
        setLoaded(open(input));
        setError(null);
      } catch (e) {
        if (token === latestLoad.current) setError(toLoadFailure(e));
      } finally {
        if (token === latestLoad.current) setLoading(false);
      }
    },
    [open],
  );

  const loadExample = (name: ExampleName) => void load(async () => ({ grids: await fetchExample(name), origin: { example: name } }));
  const loadFile = (file: File) => void load(async () => ({ grids: await uploadWorkbook(file), origin: { file: file.name } }));
  const originLabel = (origin: WorkbookOrigin) =>
    'file' in origin ? origin.file : origin.example === 'national' ? m.exampleNational : m.exampleWorked;

  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // picking the same file again loads it again
    if (file) loadFile(file);
  };
  const onDragOver = (e: DragEvent) => {
    if (!Array.from(e.dataTransfer.types).includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!dragging) setDragging(true);
  };
  const onDragLeave = (e: DragEvent) => {
    if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) loadFile(file);
  };

  const workbook = loaded?.workbook ?? null;
  let active: MemorySheet | null = null;
  try {
    active = workbook ? workbook.activeSheet : null;
  } catch {
    active = null;
  }
  const selection = workbook?.selection && active && workbook.selection.sheet === active.name ? workbook.selection.address : null;

  const selectCell = useCallback(
    (address: string) => {
      if (!workbook) return;
      try {
        workbook.selection = { sheet: workbook.activeSheet.name, address };
      } catch {
        return;
      }
      bump();
    },
    [workbook, bump],
  );

  const activate = (name: string) => {
    if (!workbook) return;
    workbook.activate(name);
    bump();
  };

  /** A link of the 检查结果 sheet: that sheet, that cell (as Excel follows a HYPERLINK). */
  const followLink = useCallback(
    (sheet: string, address: string) => {
      if (!workbook?.sheet(sheet)) return;
      workbook.activate(sheet);
      workbook.selection = { sheet: workbook.activeSheet.name, address };
      bump();
    },
    [workbook, bump],
  );

  /** Closes the task pane and opens it again over the same workbook (what the document keeps stays). */
  const reopenPane = () => {
    if (!loaded) return;
    generation.current += 1;
    setLoaded({ ...loaded, generation: generation.current });
  };

  // Read on every render: the pane may have added a sheet (the workbook is mutated in place).
  const sheetNames = workbook?.sheets.map((s) => s.name) ?? [];

  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={styles.provider}>
      <header className={styles.chrome}>
        <Subtitle1 as="h1" className={styles.title}>
          {m.pageTitle}
        </Subtitle1>
        <div className={styles.group} role="group" aria-label={m.language}>
          <Caption1 className={styles.groupLabel}>{m.language}</Caption1>
          <ToggleButton size="small" checked={locale === 'zh-CN'} data-testid="lang-zh" lang="zh-CN" onClick={() => setLocale('zh-CN')}>
            {m.languageZh}
          </ToggleButton>
          <ToggleButton size="small" checked={locale === 'en-US'} data-testid="lang-en" lang="en" onClick={() => setLocale('en-US')}>
            {m.languageEn}
          </ToggleButton>
        </div>
        <div className={styles.group} role="group" aria-label={m.paneControls}>
          <ToggleButton size="small" checked={theme === 'dark'} data-testid="theme-dark" onClick={() => setTheme((t) => (t === 'dark' ? 'light' : 'dark'))}>
            {m.darkTheme}
          </ToggleButton>
          <Button size="small" data-testid="reopen-pane" disabled={!loaded} onClick={reopenPane}>
            {m.reopenPane}
          </Button>
        </div>
      </header>

      <div role="note" className={styles.banner} data-testid="preview-banner">
        <strong className={styles.bannerTitle}>{m.bannerTitle}</strong>
        <span>{m.bannerBody}</span>
      </div>

      {error ? (
        <MessageBar intent="error" className={styles.error} data-testid="load-error" data-code={error.code}>
          <MessageBarBody>
            <MessageBarTitle>{m.loadFailed}</MessageBarTitle>
            {m.readErrors[error.code]}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(null)}>
              {m.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      <div className={styles.body}>
        <section className={styles.sheetArea} aria-label={m.workbook} onDragOver={onDragOver} onDragLeave={onDragLeave} onDrop={onDrop} data-testid="sheet-area">
          <div className={styles.sourceBar}>
            <Button size="small" data-testid="load-example" disabled={loading} onClick={() => loadExample('example')}>
              {m.exampleWorked}
            </Button>
            <Button size="small" data-testid="load-national" disabled={loading} onClick={() => loadExample('national')}>
              {m.exampleNational}
            </Button>
            <div className={styles.dropzone} data-testid="dropzone">
              <Button size="small" appearance="primary" disabled={loading} onClick={() => fileInput.current?.click()}>
                {m.openFile}
              </Button>
              <Caption1>{m.dropHint}</Caption1>
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                className={styles.hiddenInput}
                data-testid="file-input"
                onChange={onPick}
              />
            </div>
            <Caption1 className={styles.source} data-testid="workbook-label">
              {loading ? <Spinner size="extra-tiny" label={m.loading} /> : loaded ? m.loadedFrom(originLabel(loaded.origin)) : null}
            </Caption1>
          </div>

          {active ? (
            <GridView sheet={active} selection={selection} version={version} messages={m} onSelect={selectCell} onFollowLink={followLink} />
          ) : (
            <div className={styles.placeholder}>{loading ? <Spinner label={m.loading} /> : null}</div>
          )}

          {workbook ? (
            <div className={styles.tabs} role="tablist" aria-label={m.sheetTabs} data-testid="sheet-tabs">
              {sheetNames.map((name) => {
                const isActive = active?.name === name;
                return (
                  <button
                    key={name}
                    type="button"
                    role="tab"
                    aria-selected={isActive}
                    data-testid="sheet-tab"
                    data-sheet={name}
                    data-active={isActive ? 'true' : 'false'}
                    className={mergeClasses(styles.tab, isActive && styles.tabActive)}
                    onClick={() => activate(name)}
                  >
                    {name}
                  </button>
                );
              })}
            </div>
          ) : null}
          {dragging ? <div className={styles.dropActive}>{m.dropActive}</div> : null}
        </section>

        {/* data-gateway-calls: how many gateway calls have settled (tests wait on it). */}
        <aside
          className={mergeClasses(styles.pane, theme === 'dark' && styles.paneDark)}
          style={{ width: paneWidth }}
          data-testid="pane"
          data-gateway-calls={version}
          aria-label={m.hostLabel}
        >
          {loaded ? (
            <Pane key={loaded.generation} gateway={loaded.gateway} locale={locale} theme={theme} hostLabel={m.hostLabel} />
          ) : (
            <div className={styles.placeholder}>{loading ? <Spinner label={m.loading} /> : null}</div>
          )}
        </aside>
      </div>
    </FluentProvider>
  );
}
