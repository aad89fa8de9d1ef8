export function save(store, input) {
   store.write(input);
  return true;
}
