// Why a files request cannot be served, as a value with its HTTP status: the HTTP layer turns it into
// `{ code, message }`; callers that are not HTTP read `status` as a category.

export type FilesRefusalCode =
  | 'INVALID_PATH' // malformed path: empty, NUL byte (400)
  | 'INVALID_ARGUMENT' // a bad offset, length or id (400)
  | 'IS_A_DIRECTORY' // read/download/follow of a directory (400)
  | 'OUTSIDE_SANDBOX' // `..`, an absolute path or a symlink leading out of the sandbox (403)
  | 'PERMISSION_DENIED' // the agent itself may not read it (403)
  | 'NOT_FOUND' // no such file, task or sandbox (404)
  | 'AMBIGUOUS_TASK' // the task id exists under several frameworks and none was named (409)
  | 'NOT_REGISTERED'; // the agent has no id yet, so it has no sandboxes to look in (503)

export interface FilesRefusal {
  readonly refused: true;
  readonly status: 400 | 403 | 404 | 409 | 503;
  readonly code: FilesRefusalCode;
  readonly message: string;
}

const STATUS: Readonly<Record<FilesRefusalCode, FilesRefusal['status']>> = {
  INVALID_PATH: 400,
  INVALID_ARGUMENT: 400,
  IS_A_DIRECTORY: 400,
  OUTSIDE_SANDBOX: 403,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  AMBIGUOUS_TASK: 409,
  NOT_REGISTERED: 503,
};

export function refuse(code: FilesRefusalCode, message: string): FilesRefusal {
  return { refused: true, status: STATUS[code], code, message };
}

export function isRefusal(value: unknown): value is FilesRefusal {
  return typeof value === 'object' && value !== null && (value as { refused?: unknown }).refused === true;
}

/** The refusal an fs error means for a path a user named, or undefined for a real fault (I/O error). */
export function refusalForFsError(error: unknown, path: string): FilesRefusal | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return refuse('NOT_FOUND', `no such file or directory: ${path}`);
    case 'EACCES':
    case 'EPERM':
      return refuse('PERMISSION_DENIED', `the agent may not read ${path}`);
    case 'ELOOP':
    case 'ENAMETOOLONG':
      return refuse('INVALID_PATH', `cannot resolve ${path}: ${String(code)}`);
    case 'EISDIR':
      return refuse('IS_A_DIRECTORY', `${path} is a directory`);
    default:
      return undefined;
  }
}
