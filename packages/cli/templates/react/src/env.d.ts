/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The platform API's origin, e.g. http://127.0.0.1:4010 (the sandbox) or https://api.example.cn. */
  readonly VITE_LC_API_BASE: string;
  /** A publishable key, lc_pk_…. */
  readonly VITE_LC_PUBLISHABLE_KEY: string;
}
