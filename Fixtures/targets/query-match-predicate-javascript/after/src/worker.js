import { debugLog } from "./debug.js";

export function handle(job) {
  const result = job.run();
  notify(job.owner, result);
  return result;
}
