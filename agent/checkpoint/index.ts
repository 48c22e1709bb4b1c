// What the agent writes down so it can carry on after a crash.
export { writeFileAtomically, readOptionalFile, containerRuntimeDir } from './files.js';
export {
  TaskCheckpoint, replayUpdates, parseUpdateRecords, type ExecutorCheckpointEntry, type RecoveredTask, type TaskCheckpointEntry, type UpdateRecord,
} from './task-checkpoint.js';
