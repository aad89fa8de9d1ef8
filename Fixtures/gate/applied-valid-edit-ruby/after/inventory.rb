class Inventory
  def initialize
    @stock = Hash.new(0)
  end

  def add(sku, count = 1)
    @stock[sku] += count
  end

  def available?(sku)
    @stock.fetch(sku, 0).positive?
  end
end
