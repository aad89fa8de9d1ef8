// entry point
export { parseResume } from "./résumé parser.js";
