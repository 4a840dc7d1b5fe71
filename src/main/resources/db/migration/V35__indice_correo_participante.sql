-- Participants are looked up by their address (normalized on registration since the first version:
-- trimmed, lower case) in every edition: the opposition to communications before each message, the
-- ARCO rights. An equality on this index instead of a scan of upper(correo) over every participant.
create index ix_participante_correo on participante (correo);
