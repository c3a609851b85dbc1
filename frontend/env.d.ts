/** Vite's ?raw imports: the file's text (used to share the translation bundle with the Java side). */
declare module '*?raw' {
  const text: string;
  export default text;
}

/** Vite's import.meta.glob (each language's bundle is its own chunk: frontend/i18n.ts). */
interface ImportMeta {
  glob<T>(pattern: string, options: { query?: string; import?: string; eager: true }): Record<string, T>;
  glob<T>(pattern: string, options: { query?: string; import?: string }): Record<string, () => Promise<T>>;
}
