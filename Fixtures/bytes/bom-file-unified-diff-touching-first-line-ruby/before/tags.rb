require "set"

class Tags
  def initialize
    @tags = Set.new
  end
end
