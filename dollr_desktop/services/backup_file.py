"""The encrypted backup file: a byte stream sealed in AES-GCM chunks under a key from a password.

Layout (all integers big-endian):

    header  magic  b"DOLLRBAK"          8 bytes
            format version (1)          1 byte
            kdf (1 = scrypt)            1 byte
            scrypt log2(n), r, p        3 bytes
            salt                        16 bytes
            nonce prefix                7 bytes
            plaintext chunk size        4 bytes
    then    records: length (4 bytes) + AES-256-GCM ciphertext of one chunk (with its 16-byte tag)

Chunk i is sealed with the nonce `prefix || i (4 bytes) || last (1 byte, 1 on the final chunk)`
and the whole header as associated data (the STREAM construction): a chunk moved, dropped,
repeated or cut off, a header edited, or a wrong password all fail authentication. A file whose
chunks are all good but whose final chunk never comes is "truncated". The plaintext is streamed
through in `CHUNK_SIZE` pieces, so neither writing nor reading needs the whole file in memory.

Blocking (CPU and disk): run it on a worker thread. No Qt.
"""
from __future__ import annotations

import os
import struct
from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from dollr_desktop.services.problems import Problem

MAGIC = b"DOLLRBAK"
FORMAT_VERSION = 1
KDF_SCRYPT = 1
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1     # ~32 MiB and ~0.1 s per derivation
CHUNK_SIZE = 1 << 20
_HEADER = struct.Struct(">8sBBBBB16s7sI")
_LENGTH = struct.Struct(">I")
TAG_SIZE = 16


class BackupError(Problem):
    """A backup could not be written or read; `code` says why (words in ui/wording/backups.py)."""


def _key(password: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    if not 10 <= log2_n <= 22 or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise BackupError("backup.damaged")
    return Scrypt(salt=salt, length=32, n=1 << log2_n, r=r, p=p).derive(password.encode("utf-8"))


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class EncryptingWriter:
    """A file-like sink: bytes written are sealed chunk by chunk into `out`. `close()` seals the
    final chunk; without it the file reads as truncated (a cancelled backup is never "good")."""

    def __init__(self, out: BinaryIO, password: str, *, chunk_size: int = CHUNK_SIZE) -> None:
        salt, prefix = os.urandom(16), os.urandom(7)
        self.header = _HEADER.pack(MAGIC, FORMAT_VERSION, KDF_SCRYPT, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P,
                                   salt, prefix, chunk_size)
        self._aead = AESGCM(_key(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
        self._prefix, self._chunk_size = prefix, chunk_size
        self._out = out
        self._buffer = bytearray()
        self._index = 0
        self.closed = False
        out.write(self.header)

    def write(self, data: bytes) -> int:
        self._buffer += data
        while len(self._buffer) > self._chunk_size:   # keep one back: it may be the last
            self._seal(bytes(self._buffer[:self._chunk_size]), last=False)
            del self._buffer[:self._chunk_size]
        return len(data)

    def _seal(self, chunk: bytes, *, last: bool) -> None:
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, last), chunk, self.header)
        self._out.write(_LENGTH.pack(len(sealed)) + sealed)
        self._index += 1

    def flush(self) -> None:
        pass

    def close(self) -> None:
        if not self.closed:
            self._seal(bytes(self._buffer), last=True)
            self._buffer.clear()
            self.closed = True


def decrypted_chunks(source: BinaryIO, password: str, *, on_chunk: Callable[[int], None] | None = None) -> Iterator[bytes]:
    """The plaintext chunks of a backup file, each checked before it is given.

    BackupError codes: backup.not_a_backup, .too_new, .wrong_password (the first chunk fails),
    .damaged (a later chunk fails), .truncated (the file ends before its last chunk).
    `on_chunk(bytes_read)` after each chunk, for progress.
    """
    header = source.read(_HEADER.size)
    if len(header) < len(MAGIC) or header[:len(MAGIC)] != MAGIC:
        raise BackupError("backup.not_a_backup")
    if len(header) < _HEADER.size:
        raise BackupError("backup.truncated")
    _, version, kdf, log2_n, r, p, salt, prefix, chunk_size = _HEADER.unpack(header)
    if version > FORMAT_VERSION or kdf != KDF_SCRYPT:
        raise BackupError("backup.too_new")
    if not 1 <= chunk_size <= 64 << 20:
        raise BackupError("backup.damaged")
    aead = AESGCM(_key(password, salt, log2_n, r, p))
    index, read = 0, len(header)
    while True:
        length_bytes = source.read(_LENGTH.size)
        if len(length_bytes) < _LENGTH.size:
            raise BackupError("backup.truncated")
        (length,) = _LENGTH.unpack(length_bytes)
        if not TAG_SIZE <= length <= chunk_size + TAG_SIZE:
            raise BackupError("backup.damaged")
        sealed = source.read(length)
        if len(sealed) < length:
            raise BackupError("backup.truncated")
        read += _LENGTH.size + length
        chunk, last = None, False
        for last in (False, True):
            try:
                chunk = aead.decrypt(_nonce(prefix, index, last), sealed, header)
                break
            except InvalidTag:
                continue
        if chunk is None:
            raise BackupError("backup.wrong_password" if index == 0 else "backup.damaged")
        index += 1
        if on_chunk is not None:
            on_chunk(read)
        yield chunk
        if last:
            if source.read(1):
                raise BackupError("backup.damaged")   # bytes after the final chunk
            return


class DecryptingReader:
    """A read-only file-like view over `decrypted_chunks`, for tarfile's stream mode."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = bytearray()
        self._done = False

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._buffer) < size):
            try:
                self._buffer += next(self._chunks)
            except StopIteration:
                self._done = True
        if size < 0:
            size = len(self._buffer)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    def drain(self) -> None:
        """Read to the end, so every chunk (and the final one) is checked."""
        for _ in self._chunks:
            pass
        self._done = True
