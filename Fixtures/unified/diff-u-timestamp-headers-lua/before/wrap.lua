local M = {}

local defaults = {
  width = 80,
  indent = 2,
}

function M.setup(opts)
  M.options = vim.tbl_extend("force", defaults, opts or {})
end

function M.wrap(text)
  local width = M.options and M.options.width or defaults.width
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line + #word + 1 > width then
      table.insert(lines, line)
      line = word
    else
      line = line == "" and word or (line .. " " .. word)
    end
  end
  table.insert(lines, line)
  return lines
end

return M
