package com.example.notes.data

import java.time.Instant

data class Note(
    val id: Long,
    val title: String,
    val body: String,
    val updatedAt: Instant,
)

class NoteRepository {
    private val notes = mutableMapOf<Long, Note>()
    private var nextId = 1L

    fun create(title: String, body: String): Note {
        val note = Note(nextId++, title, body, Instant.now())
        notes[note.id] = note
        return note
    }

    fun find(id: Long): Note? = notes[id]

    fun all(): List<Note> = notes.values.sortedByDescending { it.updatedAt }

    fun delete(id: Long): Boolean = notes.remove(id) != null
}
