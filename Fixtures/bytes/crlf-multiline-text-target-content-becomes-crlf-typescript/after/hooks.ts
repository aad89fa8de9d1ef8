export function useToggle(initial = false) {
  let on = initial;
  const toggle = (value?: boolean) => {
    on = value ?? !on;
  };
  return { get on() { return on; }, toggle };
}
