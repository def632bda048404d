// Placeholder: <lc-course-finder> lands with issue #4.
export {};
