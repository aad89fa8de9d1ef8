import { debugLog } from "./debug.js";

export function handle(job) {
  debugLog("job received", job.id);
  const result = job.run();
  notify(job.owner, result);
  return result;
}
