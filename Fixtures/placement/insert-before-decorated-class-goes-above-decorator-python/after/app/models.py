from dataclasses import dataclass


@dataclass
class Owner:
    name: str


@dataclass
class Account:
    owner: str
    balance: int = 0
