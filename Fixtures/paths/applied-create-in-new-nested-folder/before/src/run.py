from app import main

main(["app", "src"])
