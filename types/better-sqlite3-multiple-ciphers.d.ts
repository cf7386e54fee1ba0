// The package's own types are not reachable through its "exports"; its API is
// better-sqlite3's, with encryption set by pragmas, so those types describe it.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
