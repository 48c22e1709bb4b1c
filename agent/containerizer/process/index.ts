// The process containerizer: tasks as plain processes under drover-supervisor, isolated by the isolators.
export { ProcessContainerizer, type ProcessContainerizerOptions, type LogRotation } from './process-containerizer.js';
export { supervisorBinary } from './supervisor-binary.js';
export { parseProcStat, readProcStat, isSameLiveProcess, type ProcStat } from './proc-stat.js';
export { parseTermination, parseLaunchReport } from './supervisor-io.js';
