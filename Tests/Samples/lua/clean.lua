-- greeter.lua — greeting helpers for the astpatch samples.

local ARROW = "→"

local SALUTATIONS = {
  en = "Hello",
  fr = "Bonjour",
  es = "¡Hola",
}

local Greeter = {}
Greeter.__index = Greeter

function Greeter.new(language, punctuation)
  local self = setmetatable({}, Greeter)
  self.language = SALUTATIONS[language] and language or "en"
  self.punctuation = punctuation or "!"
  self.history = {}
  return self
end

function Greeter:greet(name)
  local who = (name or ""):match("^%s*(.-)%s*$")
  if who == "" then
    who = "stranger"
  end
  local message = string.format("%s, %s%s", SALUTATIONS[self.language], who, self.punctuation)
  table.insert(self.history, message)
  return message
end

function Greeter:greet_all(names)
  local lines = {}
  for i, name in ipairs(names) do
    lines[i] = self:greet(name)
  end
  return lines
end

local function indent(line, depth)
  return string.rep("  ", depth or 1) .. ARROW .. " " .. line
end

local function block(lines)
  local out = {}
  for _, line in ipairs(lines) do
    out[#out + 1] = indent(line)
  end
  return table.concat(out, "\n")
end

local function main(args)
  local greeter = Greeter.new("fr")
  local names = #args > 0 and args or { "Zoë", "café regulars" }
  print(block(greeter:greet_all(names)))
  --[[ The history is kept so callers can
       inspect what was said. ]]
  return #greeter.history
end

if arg ~= nil and ... == nil then
  main(arg)
end

return { Greeter = Greeter, indent = indent, block = block, main = main }
