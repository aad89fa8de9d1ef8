local Queue = {}
Queue.__index = Queue

function Queue.new()
  local self = { first = 1, last = 0, items = {} }
  return setmetatable(self, Queue)
end

function Queue:push(value)
  self.last = self.last + 1
  self.items[self.last] = value
end

function Queue:pop()
  if self.first > self.last then
    return nil
  end
  local value = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return value
end

return Queue
