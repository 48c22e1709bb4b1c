// Failures as the user reads them: Marathon's message and details, the URL that could not be reached, the file that
// could not be read.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isDroverError } from '../../../shared/errors/index.js';
import { freePort } from '../../../cli/nats-server.js';
import {
  MarathonApiError, MarathonClient, formatErrorBody, formatHttpError, parseJsonText, previousVersion, readJsonInput,
} from '../../../cli/marathon/index.js';

describe('Marathon error bodies', function () {
  it('prints the message and one path: errors line per detail (422)', function () {
    const body = {
      message: 'Object is not valid',
      details: [
        { path: '/upgradeStrategy/minimumHealthCapacity', errors: ['is greater than 1'] },
        { path: '/cmd', errors: ['must not be empty', 'AppDefinition must either contain one of \'cmd\' or \'args\''] },
        { path: '/id', errors: [] },
      ],
    };
    expect(formatHttpError('PUT', '/v2/apps/web', 422, body).split('\n')).to.deep.equal([
      'PUT /v2/apps/web failed (422): Object is not valid',
      '  /upgradeStrategy/minimumHealthCapacity: is greater than 1',
      '  /cmd: must not be empty; AppDefinition must either contain one of \'cmd\' or \'args\'',
      '  /id: (no reason given)',
    ]);
  });

  it('points at --force when a deployment locks the app (409)', function () {
    const lines = formatErrorBody(409, {
      message: 'App is locked by one or more deployments. Override with the option \'?force=true\'. View details at \'/v2/deployments/d1\'.',
      deployments: [{ id: 'd1' }],
    });
    expect(lines[0]).to.match(/^App is locked/);
    expect(lines[1]).to.equal('  locked by deployment d1: retry with --force to cancel it, or wait for it to finish');
    expect(formatErrorBody(409, { message: 'An app with id [/x] already exists.' })).to.deep.equal(['An app with id [/x] already exists.']);
  });

  it('shows a body that is not Marathon JSON as text, or the status when empty', function () {
    expect(formatErrorBody(502, '<html>Bad Gateway</html>\n')).to.deep.equal(['<html>Bad Gateway</html>']);
    expect(formatErrorBody(503, undefined)).to.deep.equal(['HTTP 503']);
  });

  it('names the URL when nothing listens there', async function () {
    const port = await freePort();
    const client = new MarathonClient(`http://127.0.0.1:${port}/`);
    expect(client.baseUrl).to.equal(`http://127.0.0.1:${port}`);
    try {
      await client.listDeployments();
      expect.fail('listDeployments should have failed');
    } catch (error) {
      expect(error).to.be.instanceOf(MarathonApiError);
      expect(isDroverError(error, 'HTTP_REQUEST')).to.equal(true);
      expect((error as MarathonApiError).status).to.equal(undefined);
      expect((error as Error).message).to.equal(
        `cannot reach Marathon at http://127.0.0.1:${port} (GET /v2/deployments): connect ECONNREFUSED 127.0.0.1:${port}`,
      );
    }
  });
});

describe('app definitions from files and stdin', function () {
  let dir: string;
  beforeEach(function () { dir = mkdtempSync(join(tmpdir(), 'drover-cli-marathon-')); });
  afterEach(function () { rmSync(dir, { recursive: true, force: true }); });

  it('reads a file, or stdin for -', async function () {
    const file = join(dir, 'app.json');
    writeFileSync(file, '{"id":"/web","cmd":"sleep 100"}');
    expect(await readJsonInput(file)).to.deep.equal({ id: '/web', cmd: 'sleep 100' });
    expect(await readJsonInput('-', Readable.from([Buffer.from('{"id":'), Buffer.from('"/x"}')]))).to.deep.equal({ id: '/x' });
  });

  it('names the file that is missing, empty or not JSON', async function () {
    const missing = join(dir, 'missing.json');
    try {
      await readJsonInput(missing);
      expect.fail('should have thrown');
    } catch (error) {
      expect(isDroverError(error, 'INVALID_ARGUMENT')).to.equal(true);
      expect((error as Error).message).to.contain(`cannot read '${missing}'`).and.contain('ENOENT');
    }
    expect(() => parseJsonText('  \n', 'stdin')).to.throw('stdin is empty');
    expect(() => parseJsonText('{"id":', "'app.json'")).to.throw("'app.json' is not valid JSON");
  });
});

describe('rollback target', function () {
  const versions = ['2024-05-03T00:00:00.000Z', '2024-05-02T00:00:00.000Z', '2024-05-01T00:00:00.000Z'];

  it('is the newest version older than the current one', function () {
    expect(previousVersion(versions, '2024-05-03T00:00:00.000Z')).to.equal('2024-05-02T00:00:00.000Z');
    expect(previousVersion([...versions].reverse(), '2024-05-02T00:00:00.000Z')).to.equal('2024-05-01T00:00:00.000Z');
    expect(previousVersion(versions, '2024-05-01T00:00:00.000Z')).to.equal(undefined);
    expect(previousVersion(versions, undefined)).to.equal('2024-05-02T00:00:00.000Z');
    expect(previousVersion(['not a date', ...versions], 'also not')).to.equal(undefined);
  });
});
