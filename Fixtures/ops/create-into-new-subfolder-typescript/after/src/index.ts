export { startServer } from "./server";
