// The widgets' version, reported when two copies meet on one page.
export const VERSION = '0.1.0';
