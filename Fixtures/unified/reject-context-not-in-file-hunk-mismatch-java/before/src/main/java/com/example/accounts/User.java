package com.example.accounts;

import java.util.Objects;

public final class User {
    private final String email;
    private String displayName;

    public User(String email, String displayName) {
        this.email = Objects.requireNonNull(email);
        this.displayName = displayName;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName == null ? email : displayName;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }
}
