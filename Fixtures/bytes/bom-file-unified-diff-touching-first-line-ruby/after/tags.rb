require "set"
require "json"

class Tags
  def initialize
    @tags = Set.new
  end
end
