import { fetchChanges, applyChange } from "./remote";

export async function sync(since: number): Promise<number> {
  const changes = await fetchChanges(since);
  for (const change of changes) {
    await applyChange(change);
  }
  console.info("synced", changes.length);
  return changes.length;
}
