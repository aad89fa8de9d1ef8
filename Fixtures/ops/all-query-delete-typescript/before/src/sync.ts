import { fetchChanges, applyChange } from "./remote";

export async function sync(since: number): Promise<number> {
  console.debug("sync start", since);
  const changes = await fetchChanges(since);
  for (const change of changes) {
    console.debug("applying", change.id);
    await applyChange(change);
  }
  console.info("synced", changes.length);
  return changes.length;
}
