// Root hooks (.mocharc.json `require`): the shared test dockerd stops once every test file has run.
import { stopDockerd } from './dockerd.js';

export const mochaHooks = { afterAll: stopDockerd };
