// Vaadin writes frontend/generated/flow/generated-flow-imports.js when it builds the bundle (the package phase),
// after the type check has run; index.ts imports it only for its side effects.
export {};
