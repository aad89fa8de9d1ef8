local M = {}

local function clamp(x, lo, hi)
  return math.max(lo, math.min(hi, x))
end

function M.scale(v, factor)
  return clamp(v * factor, 0, 255)
end


return M
