local M = {}

local function clamp(x, lo, hi)
  return math.max(lo, math.min(hi, x))
end

function M.scale(v, factor)
  factor = factor or 1
  return clamp(v * factor, 0, 255)
end

function M:describe()
  return "color module"
end

return M
