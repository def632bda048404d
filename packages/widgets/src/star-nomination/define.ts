// Placeholder: <lc-star-nomination> lands with issue #6.
export {};
