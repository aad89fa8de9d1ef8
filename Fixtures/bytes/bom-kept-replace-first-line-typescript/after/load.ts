import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

export async function loadJson(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, "utf8"));
}
