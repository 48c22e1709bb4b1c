// How a benchmark with processes to clean up runs: print its JSON, always clean up, and turn Ctrl-C into a clean stop.
export interface CleanBenchmark {
  execute(): Promise<unknown>;
  cleanup(): Promise<void>;
  interrupt(signal: NodeJS.Signals): void;
}

export async function runBenchmark(bench: CleanBenchmark): Promise<void> {
  const onSignal = (signal: NodeJS.Signals): void => bench.interrupt(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    console.log(JSON.stringify(await bench.execute()));
  } finally {
    await bench.cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
