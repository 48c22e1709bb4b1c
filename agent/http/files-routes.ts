// The sandbox file routes: Mesos's /files/{browse,read,download}?path=<absolute path under <workDir>/agents> and
// the task-scoped /tasks/:taskId/files/{browse,read,download,follow}?path=<relative>&framework_id=<optional>.
import { isAbsolute } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  agentsDirectory, browseSandbox, downloadSandboxFile, findSandbox, followSandboxFile, parseReadRange, readSandboxFile,
  refuse, type FileFollower, type FilesRefusal,
} from '../files/index.js';
import { sendRefusal } from './errors.js';

export const FILE_OPERATIONS = ['browse', 'read', 'download', 'follow'] as const;
export type FileOperation = typeof FILE_OPERATIONS[number];

export interface FilesRoutesOptions {
  readonly workDir: string;
  readonly agentId: () => string | undefined;
  /** Open follow streams, so closing the server can end them. */
  readonly followers: Set<FileFollower>;
  readonly followPollIntervalMs?: number;
}

type Query = Record<string, string | string[] | undefined>;

/** A query parameter's first value; undefined when absent. */
export function queryParam(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Query | undefined)?.[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseFollowOffset(text: string | undefined): number | FilesRefusal {
  if (text === undefined || text === '') return 0;
  if (!/^-?\d{1,16}$/.test(text)) return refuse('INVALID_ARGUMENT', `offset must be an integer, not '${text}'`);
  return Number(text);
}

async function serve(operation: FileOperation, root: string, userPath: string, paths: 'relative' | 'absolute',
  request: FastifyRequest, reply: FastifyReply, options: FilesRoutesOptions): Promise<FastifyReply> {
  switch (operation) {
    case 'browse': {
      const listing = await browseSandbox(root, userPath, { paths });
      return 'refused' in listing ? sendRefusal(reply, listing) : reply.send(listing);
    }
    case 'read': {
      const range = parseReadRange(queryParam(request, 'offset'), queryParam(request, 'length'));
      if (range.refused) return sendRefusal(reply, range);
      const result = await readSandboxFile(root, userPath, range);
      return 'refused' in result ? sendRefusal(reply, result) : reply.send(result);
    }
    case 'download': {
      const download = await downloadSandboxFile(root, userPath);
      if (download.refused) return sendRefusal(reply, download);
      return reply
        .type('application/octet-stream')
        .header('content-length', download.size)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(download.name)}`)
        .send(download.stream);
    }
    case 'follow': {
      const offset = parseFollowOffset(queryParam(request, 'offset'));
      if (typeof offset !== 'number') return sendRefusal(reply, offset);
      const follower = await followSandboxFile(root, userPath, {
        offset, ...(options.followPollIntervalMs === undefined ? {} : { pollIntervalMs: options.followPollIntervalMs }),
      });
      if ('refused' in follower) return sendRefusal(reply, follower);
      options.followers.add(follower);
      follower.once('close', () => options.followers.delete(follower));
      // Streamed by hand: the headers go out at once (a client knows it is following before any byte is
      // appended), and a client that goes away destroys the follower, which closes the file.
      reply.hijack();
      const response = reply.raw;
      response.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff',
      });
      response.flushHeaders();
      const socket = request.raw.socket;
      // A client that goes away may leave its socket half open; a follow never finishes by itself, so end both.
      response.once('close', () => {
        follower.destroy();
        if (!response.writableFinished) socket.destroy();
      });
      follower.once('error', () => socket.destroy());
      follower.pipe(response);
      return reply;
    }
  }
}

export function registerFilesRoutes(server: FastifyInstance, options: FilesRoutesOptions): void {
  for (const operation of FILE_OPERATIONS) {
    // Mesos's form (with its old `.json` aliases): the absolute path of anything under <workDir>/agents.
    const byAbsolutePath = async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const path = queryParam(request, 'path');
      if (path === undefined || path === '') return sendRefusal(reply, refuse('INVALID_PATH', 'the path parameter is required'));
      if (!isAbsolute(path)) return sendRefusal(reply, refuse('INVALID_PATH', `the path must be absolute, not '${path}'`));
      return serve(operation, agentsDirectory(options.workDir), path, 'absolute', request, reply, options);
    };
    server.get(`/files/${operation}`, byAbsolutePath);
    if (operation !== 'follow') server.get(`/files/${operation}.json`, byAbsolutePath);

    server.get<{ Params: { taskId: string } }>(`/tasks/:taskId/files/${operation}`, async (request, reply) => {
      const agentId = options.agentId();
      if (agentId === undefined) return sendRefusal(reply, refuse('NOT_REGISTERED', 'the agent has no id yet: it has not registered'));
      const frameworkId = queryParam(request, 'framework_id');
      const sandbox = await findSandbox(options.workDir, agentId, request.params.taskId, frameworkId === '' ? undefined : frameworkId);
      if (sandbox.refused) return sendRefusal(reply, sandbox);
      let path = queryParam(request, 'path') ?? '';
      if (path === '') {
        if (operation !== 'browse') return sendRefusal(reply, refuse('INVALID_PATH', 'the path parameter is required'));
        path = '.';
      }
      return serve(operation, sandbox.path, path, 'relative', request, reply, options);
    });
  }
}
