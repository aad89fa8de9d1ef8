export function save(store, input) {
  validate(input); store.write(input);
  return true;
}
