// Sandbox files: safe path resolution and the Mesos /files operations (browse, read, download) plus follow.
export { refuse, isRefusal, refusalForFsError, type FilesRefusal, type FilesRefusalCode } from './refusal.js';
export {
  isInside, lexicalSandboxPath, resolveSandboxPath, openInside, type LexicalPath, type ResolvedPath,
} from './resolve.js';
export { modeString, parseIdFile, fileInfo, systemOwnerNames, type FileInfo, type OwnerNames } from './file-info.js';
export { browseSandbox, type BrowseOptions } from './browse.js';
export {
  MAX_READ_LENGTH, parseReadRange, readSandboxFile, downloadSandboxFile, wholeUtf8Length, type ReadRange, type ReadResult,
  type Download,
} from './read.js';
export { FileFollower, followSandboxFile, type FollowOptions } from './follow.js';
export {
  agentsDirectory, listRunDirectories, newestFirst, findSandbox, type RunDirectory, type SandboxMatch,
} from './sandboxes.js';
