// `server-only` throws outside a React Server build; under vitest every module is server-side.
export {};
