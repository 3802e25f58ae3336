/** pairpress's name and version, in a module of their own so that `--version` loads nothing else. */
export const TOOL_NAME = 'pairpress';
/** kept equal to package.json's version (a test holds them together) */
export const TOOL_VERSION = '0.1.0';
