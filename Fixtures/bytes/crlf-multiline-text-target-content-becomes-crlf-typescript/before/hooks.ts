export function useToggle(initial = false) {
  let on = initial;
  const toggle = () => {
    on = !on;
  };
  return { get on() { return on; }, toggle };
}
