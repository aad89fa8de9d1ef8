class Deploy
  def run
    build
    test
    upload
  end
end
