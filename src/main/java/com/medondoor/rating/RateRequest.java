package com.medondoor.rating;

import com.medondoor.system.MultiLine;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record RateRequest(@NotNull @Min(1) @Max(5) Integer stars, @MultiLine @Size(max = 1000) String review) {
}
