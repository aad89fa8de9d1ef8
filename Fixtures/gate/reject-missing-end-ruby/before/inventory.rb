class Inventory
  def initialize
    @stock = Hash.new(0)
  end

  def add(sku, count = 1)
    @stock[sku] += count
  end

  def available?(sku)
    @stock[sku].positive?
  end
end
