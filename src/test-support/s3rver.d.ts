// s3rver ships no types; s3-peer.ts describes the little it uses.
declare module 's3rver';
