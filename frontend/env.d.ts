/** Vite's ?raw imports: the file's text (used to share the translation bundle with the Java side). */
declare module '*?raw' {
  const text: string;
  export default text;
}
