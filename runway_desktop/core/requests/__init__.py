"""Request building: form or CLI values to a wire body, field errors and a quote."""
