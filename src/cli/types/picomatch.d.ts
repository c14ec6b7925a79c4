/** The part of picomatch 4's API the command line uses (the package ships no types). */
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    windows?: boolean;
  }
  interface ScanResult {
    base: string;
    glob: string;
    isGlob: boolean;
  }
  type Matcher = (path: string) => boolean;
  interface Picomatch {
    (glob: string, options?: PicomatchOptions): Matcher;
    scan(input: string, options?: PicomatchOptions): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
