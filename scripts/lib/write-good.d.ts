// write-good ships no types; the bench only needs its one function.
declare module 'write-good' {
  interface WriteGoodSuggestion {
    index: number;
    offset: number;
    reason: string;
  }
  export default function writeGood(text: string, options?: Record<string, boolean>): WriteGoodSuggestion[];
}
