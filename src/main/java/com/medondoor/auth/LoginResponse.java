package com.medondoor.auth;

record LoginResponse(String accessToken, String tokenType, long expiresIn, UserView user) {

    static LoginResponse bearer(AccessTokens.IssuedToken token, UserView user) {
        return new LoginResponse(token.value(), "Bearer", token.expiresInSeconds(), user);
    }
}
